package vn.ktgs.organization;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

/** The signed-in KTGS user, for views. */
@Component
public class CurrentUser {

    private final AuthenticationContext authentication;

    CurrentUser(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    public KtgsUser get() {
        return authentication.getAuthenticatedUser(KtgsUser.class)
                .orElseThrow(() -> new IllegalStateException("no signed-in user"));
    }

    public void logout() {
        authentication.logout();
    }
}
