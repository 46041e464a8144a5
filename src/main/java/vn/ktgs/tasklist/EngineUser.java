package vn.ktgs.tasklist;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import vn.ktgs.organization.KtgsUser;

/** Runs an engine call as the KTGS user, so Camunda's history and operation log name who did it. */
final class EngineUser {

    private EngineUser() {
    }

    static void run(IdentityService identity, KtgsUser user, Runnable engineCall) {
        Authentication before = identity.getCurrentAuthentication();
        identity.setAuthenticatedUserId(user.getUsername());
        try {
            engineCall.run();
        } finally {
            if (before == null) {
                identity.clearAuthentication();
            } else {
                identity.setAuthentication(before);
            }
        }
    }
}
