package vn.ktgs.member;

import org.springframework.security.access.AccessDeniedException;

/** A member who does not exist or lies outside the reader's committee subtree: the two look the same. */
public class MemberNotVisibleException extends AccessDeniedException {

    public MemberNotVisibleException(long memberId) {
        super("member " + memberId + " is not available to you");
    }
}
