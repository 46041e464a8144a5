package vn.ktgs.tasklist.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;

/** An upload with a label and an error line, so server-side errors can sit beside it like any field. */
class UploadField extends Div implements HasValidation {

    private final Span error = new Span();
    private boolean invalid;

    UploadField(String label, Upload upload, boolean required) {
        Span caption = new Span(label + (required ? " *" : ""));
        caption.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        error.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
        error.setVisible(false);
        add(caption, upload, error);
    }

    @Override
    public void setErrorMessage(String message) {
        error.setText(message);
    }

    @Override
    public String getErrorMessage() {
        return error.getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        this.invalid = invalid;
        error.setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return invalid;
    }
}
