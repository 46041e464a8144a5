package vn.ktgs.casefile;

import org.springframework.security.access.AccessDeniedException;

/** Thrown when a user asks for a case outside the org subtree of their committee. */
public class CaseAccessDeniedException extends AccessDeniedException {

    public CaseAccessDeniedException(String caseRef) {
        super("case " + caseRef + " is outside your organisation");
    }
}
