package vn.ktgs.base;

import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Names this node in the engine's tables when {@code KTGS_NODE_NAME} is set: the job log's host name and
 * the job locks' owner ("name:random", unique even if two nodes were given the same name), so an operator
 * (and the two-node test) can see in Cockpit or SQL which node ran or holds a job.
 */
@Component
class NodeNamePlugin extends AbstractProcessEnginePlugin {

    private final String nodeName;

    NodeNamePlugin(@Value("${ktgs.node-name:}") String nodeName) {
        this.nodeName = nodeName;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (!nodeName.isBlank()) {
            configuration.setHostname(nodeName);
        }
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        if (!nodeName.isBlank() && configuration.getJobExecutor() != null) {
            configuration.getJobExecutor().setLockOwner(nodeName + ":" + UUID.randomUUID().toString().substring(0, 8));
        }
    }
}
