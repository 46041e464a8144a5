package vn.ktgs.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Locale;
import vn.ktgs.organization.AppUser;
import vn.ktgs.organization.CurrentUser;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.organization.UserDirectory;

/** The frame around every view: side navigation built from {@code @Menu} entries, the user, language, logout. */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** Session attribute: the signed-in user's saved language was applied to this session. */
    public static final String LANGUAGE_APPLIED = "ktgs.languageApplied";

    private final UserDirectory users;
    private final KtgsUser user;
    private final List<MenuExtras> extras;
    private final VerticalLayout menu = new VerticalLayout();

    public MainLayout(CurrentUser currentUser, UserDirectory users, List<MenuExtras> extras) {
        this.users = users;
        this.extras = extras;
        KtgsUser user = currentUser.get();
        this.user = user;
        applySavedLanguage();
        Span title = new Span(getTranslation("app.title"));
        title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        Span who = new Span(user.getFullName() + " (" + user.getUsername() + ")");
        who.setId("current-user");
        // on a phone the name stays on one line, cut with "…" (the whole name on hover)
        who.getStyle().set("white-space", "nowrap").set("overflow", "hidden").set("text-overflow", "ellipsis").set("min-width", "0");
        who.setTitle(user.getFullName() + " (" + user.getUsername() + ")");
        Button language = new Button(getLocale().getLanguage().equals("vi") ? "English" : "Tiếng Việt", e -> switchLanguage());
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button logout = new Button(getTranslation("nav.logout"), e -> currentUser.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout bar = new HorizontalLayout(title, who, language, logout);
        bar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        bar.expand(who);
        // the rest of the navbar beside the drawer's toggle (a full width would push "Đăng xuất" off a phone's screen)
        bar.getStyle().set("flex", "1 1 auto").set("min-width", "0").set("padding-right", "var(--lumo-space-m)");
        addToNavbar(new DrawerToggle(), bar);
        menu.setPadding(false);
        menu.setSpacing(false);
        menu.getStyle().set("padding", "var(--lumo-space-s)");
        addToDrawer(new Scroller(menu));
        fillMenu();
    }

    /** The counts follow the work: the menu is rebuilt after every navigation. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        fillMenu();
    }

    /** The menu's groups, by the tens of the entries' order: what the user does, work first. */
    static final List<String> GROUPS = List.of("work", "cases", "programmes", "letters", "reports", "admin", "account");

    private void fillMenu() {
        menu.removeAll();
        Map<Integer, SideNav> groups = new TreeMap<>();
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            String path = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
            if (MenuLevels.hiddenFor(user, path)) {
                return;
            }
            int group = Math.min((int) (entry.order() / 10), GROUPS.size() - 1);
            SideNav nav = groups.computeIfAbsent(group, g -> {
                SideNav n = new SideNav(getTranslation("nav.group." + GROUPS.get(g)));
                n.setId("menu-group-" + GROUPS.get(g));
                n.setCollapsible(true);
                n.setWidthFull();
                return n;
            });
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            for (MenuExtras extra : extras) {
                if (!extra.path().equals(path)) {
                    continue;
                }
                Long count = extra.count(user);
                if (count != null && count > 0) {
                    Span badge = new Span(String.valueOf(count));
                    badge.getElement().getThemeList().add("badge pill small");
                    badge.setId("menu-count-" + path);
                    item.setSuffixComponent(badge);
                }
                for (MenuExtras.Entry child : extra.children(user)) {
                    SideNavItem sub = new SideNavItem(child.title(), child.path());
                    sub.getElement().setAttribute("title", child.title()); // a long name is cut in the drawer: whole on hover
                    sub.setQueryParameters(QueryParameters.simple(child.query()));
                    item.addItem(sub);
                }
            }
            nav.addItem(item);
        });
        groups.values().forEach(menu::add);
    }

    /** The language the user chose last time, from the first page after signing in (one reload when it is English). */
    private void applySavedLanguage() {
        UI ui = UI.getCurrent();
        if (ui == null || ui.getSession() == null || ui.getSession().getAttribute(LANGUAGE_APPLIED) != null) {
            return;
        }
        ui.getSession().setAttribute(LANGUAGE_APPLIED, Boolean.TRUE);
        String saved = users.find(user.getUsername()).map(AppUser::getLocale).orElse("vi");
        Locale wanted = "en".equals(saved) ? Locale.ENGLISH : LocaleSetup.VIETNAMESE;
        if (!wanted.getLanguage().equals(ui.getLocale().getLanguage())) {
            ui.getSession().setLocale(wanted);
            ui.setLocale(wanted);
            ui.getPage().reload();
        }
    }

    private void switchLanguage() {
        Locale next = getLocale().getLanguage().equals("vi") ? Locale.ENGLISH : LocaleSetup.VIETNAMESE;
        users.chooseLanguage(user.getUsername(), next.getLanguage()); // remembered for the next sign-in, and mails follow it
        getUI().ifPresent(ui -> {
            ui.getSession().setLocale(next);
            ui.setLocale(next);
            ui.getPage().reload();
        });
    }
}
