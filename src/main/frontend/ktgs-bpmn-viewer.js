// The case page's process diagram: bpmn-js's viewer (pan and zoom, no editing) in the light DOM, so the
// stylesheets imported from Java apply. The server sets "diagram" to JSON {xml, done, active, flowsTaken}.
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';

class KtgsBpmnViewer extends HTMLElement {
  connectedCallback() {
    if (!this.viewer) {
      this.viewer = new NavigatedViewer({ container: this });
    }
    this.draw();
  }

  set diagram(value) {
    this._diagram = value;
    this.draw();
  }

  get diagram() {
    return this._diagram;
  }

  async draw() {
    if (!this.viewer || !this._diagram) {
      return;
    }
    const { xml, done, active, flowsTaken } = JSON.parse(this._diagram);
    try {
      await this.viewer.importXML(xml);
    } catch (error) {
      this.setAttribute('data-error', String(error && error.message ? error.message : error));
      return;
    }
    const canvas = this.viewer.get('canvas');
    const registry = this.viewer.get('elementRegistry');
    const mark = (ids, marker) => ids.filter((id) => registry.get(id)).forEach((id) => canvas.addMarker(id, marker));
    mark(done, 'ktgs-done');
    mark(flowsTaken, 'ktgs-done');
    mark(active, 'ktgs-active');
    canvas.zoom('fit-viewport', 'auto');
    // a long process fitted whole is unreadable: keep the labels legible and bring the open step into view
    const open = active.map((id) => registry.get(id)).find((element) => element);
    if (canvas.zoom() < 0.8 && open) {
      canvas.zoom(0.8);
      canvas.scrollToElement(open, { top: 60, bottom: 60, left: 120, right: 120 });
    }
    this.setAttribute('data-rendered', String(registry.getAll().length));
  }
}

customElements.define('ktgs-bpmn-viewer', KtgsBpmnViewer);
