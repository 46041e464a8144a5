package vn.ktgs.casefile;

import java.time.Clock;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.audit.AuditTrail;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.organization.KtgsUser;

/**
 * Comments on a case: whoever may see the case reads and writes them; only the author edits or deletes a comment,
 * and both are audited (the text before the change is kept in the audit log). A blank or too long text is refused
 * with a translated message, field {@code comment}.
 */
@Service
@Transactional
public class CaseComments {

    public static final int MAX_LENGTH = 4000;

    private final CaseService cases;
    private final CaseCommentRepository comments;
    private final AuditTrail audit;
    private final Clock clock;

    CaseComments(CaseService cases, CaseCommentRepository comments, AuditTrail audit, Clock clock) {
        this.cases = cases;
        this.comments = comments;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<CaseComment> of(KtgsUser user, long caseId) {
        cases.getVisible(user, caseId);
        return comments.findByCaseIdOrderByCreatedAtAscIdAsc(caseId);
    }

    public CaseComment add(KtgsUser user, long caseId, String text) {
        cases.getVisible(user, caseId);
        return comments.save(new CaseComment(caseId, user.getUsername(), checked(text), clock.instant()));
    }

    public void edit(KtgsUser user, long commentId, String text) {
        CaseComment c = own(user, commentId);
        String body = checked(text);
        audit.record(user.getUsername(), "case:" + c.getCaseId(), "comment-edited", "comment " + commentId + " was: " + c.getBody());
        c.edit(body, clock.instant());
    }

    public void delete(KtgsUser user, long commentId) {
        CaseComment c = own(user, commentId);
        audit.record(user.getUsername(), "case:" + c.getCaseId(), "comment-deleted", "comment " + commentId + " was: " + c.getBody());
        comments.delete(c);
    }

    private CaseComment own(KtgsUser user, long commentId) {
        CaseComment c = comments.findById(commentId).orElseThrow();
        cases.getVisible(user, c.getCaseId());
        if (!c.getAuthor().equals(user.getUsername())) {
            throw new AccessDeniedException("comment " + commentId + " is not the user's");
        }
        return c;
    }

    private static String checked(String text) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw FormValidationException.of("comment", "required");
        }
        if (body.length() > MAX_LENGTH) {
            throw FormValidationException.of("comment", "maxLength", MAX_LENGTH);
        }
        return body;
    }
}
