package vn.ktgs.organization.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import vn.ktgs.organization.AppUser;
import vn.ktgs.organization.CurrentUser;
import vn.ktgs.organization.UserDirectory;

/** Users of the committees in the viewer's scope, with their roles per organisation. */
@Route("users")
@PageTitle("KTGS – Người dùng")
@Menu(order = 50, title = "nav.users", icon = "vaadin:user-card")
@RolesAllowed({"ADMIN", "CHAIR", "DEPUTY_CHAIR"})
public class UsersView extends VerticalLayout {

    final Grid<AppUser> grid = new Grid<>();

    UsersView(UserDirectory users, CurrentUser currentUser) {
        setSizeFull();
        grid.setId("user-grid");
        grid.addColumn(AppUser::getUsername).setHeader(getTranslation("login.username")).setAutoWidth(true);
        grid.addColumn(AppUser::getFullName).setHeader(getTranslation("member.name")).setAutoWidth(true);
        grid.addColumn(AppUser::getEmail).setHeader("E-mail").setAutoWidth(true);
        grid.addColumn(u -> u.getRoles().stream()
                .map(r -> getTranslation("role." + r.getRole()) + " – " + r.getOrganization().getName())
                .collect(Collectors.joining("; "))).setHeader(getTranslation("user.roles")).setFlexGrow(3);
        grid.setItems(currentUser.get().committeeScopePaths().stream()
                .flatMap(path -> users.usersWithin(path).stream()).distinct().toList());
        add(new H2(getTranslation("nav.users")), grid);
    }
}
