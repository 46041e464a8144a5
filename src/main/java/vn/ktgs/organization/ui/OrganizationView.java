package vn.ktgs.organization.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.AbstractBackEndHierarchicalDataProvider;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Stream;
import vn.ktgs.kernel.Formats;
import vn.ktgs.organization.*;

/** The org tree within the user's committees (loaded level by level) and the members of the chosen organisation. */
@Route("organizations")
@PageTitle("KTGS – Tổ chức, đảng viên")
@Menu(order = 11, title = "nav.organizations", icon = "vaadin:sitemap")
// every committee role: a subject's contact person has no committee scope, so the page would be empty for them
@RolesAllowed({"ADMIN", "LOCAL_ADMIN", "CLERK", "INSPECTOR", "TEAM_LEAD", "COMMITTEE_MEMBER", "CHAIR", "DEPUTY_CHAIR"})
public class OrganizationView extends VerticalLayout {

    final TreeGrid<Organization> tree = new TreeGrid<>();
    final Grid<PartyMember> members = new Grid<>();
    final TextField memberSearch = new TextField();
    private Organization selected;

    OrganizationView(OrganizationService organizations, CurrentUser currentUser) {
        KtgsUser user = currentUser.get();
        setSizeFull();
        String scope = user.committeeScopePaths().stream().findFirst().orElse(null);
        tree.setId("org-tree");
        tree.addHierarchyColumn(Organization::getName).setHeader(getTranslation("org.name")).setFlexGrow(3);
        tree.addColumn(o -> getTranslation("level." + o.getLevel())).setHeader(getTranslation("org.level"));
        tree.addColumn(o -> o.isHasCommittee() ? o.getCommitteeName() : "").setHeader(getTranslation("org.committee")).setFlexGrow(2);
        tree.setDataProvider(new AbstractBackEndHierarchicalDataProvider<Organization, Void>() {
            @Override
            protected Stream<Organization> fetchChildrenFromBackEnd(HierarchicalQuery<Organization, Void> q) {
                if (q.getParent() == null) {
                    return scope == null ? Stream.empty()
                            : Stream.of(organizations.byCode(OrgPaths.lastCode(scope))).skip(q.getOffset()).limit(q.getLimit());
                }
                return organizations.children(q.getParent()).stream().skip(q.getOffset()).limit(q.getLimit());
            }

            @Override
            public int getChildCount(HierarchicalQuery<Organization, Void> q) {
                return q.getParent() == null ? (scope == null ? 0 : 1) : organizations.children(q.getParent()).size();
            }

            @Override
            public boolean hasChildren(Organization item) {
                return organizations.hasChildren(item);
            }
        });
        memberSearch.setPlaceholder(getTranslation("org.memberSearch"));
        memberSearch.setValueChangeMode(ValueChangeMode.LAZY);
        members.setId("member-grid");
        members.addColumn(PartyMember::getFullName).setHeader(getTranslation("member.name")).setFlexGrow(2);
        members.addColumn(PartyMember::getBirthYear).setHeader(getTranslation("member.birthYear"));
        // a member whose membership an expulsion ended is no longer a full (or probationary) member
        members.addColumn(m -> m.isMember() ? getTranslation("membership." + m.getStatus())
                : getTranslation("memberRecord.expelledSince", Formats.date(m.getMembershipEndedOn()))).setHeader(getTranslation("member.status"));
        members.addColumn(m -> m.getOrganization().getName()).setHeader(getTranslation("member.org")).setFlexGrow(2);
        members.addColumn(m -> m.getPosts() == null ? "" : m.getPosts()).setHeader(getTranslation("member.posts"));
        members.addColumn(m -> m.getManagingOrg().getName()).setHeader(getTranslation("member.managedBy")).setFlexGrow(2);
        // a click opens the member's record (hồ sơ đảng viên): the discipline record and the cases about the member
        members.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("members/" + e.getItem().getId())));
        Runnable refresh = () -> {
            String path = selected != null ? selected.getPath() : scope;
            if (path == null) {
                members.setItems();
                return;
            }
            members.setItems(q -> organizations.searchMembers(path, memberSearch.getValue(), q.getOffset(), q.getLimit()).stream(),
                    q -> (int) organizations.countMembers(path, memberSearch.getValue()));
        };
        tree.asSingleSelect().addValueChangeListener(e -> {
            selected = e.getValue();
            refresh.run();
        });
        memberSearch.addValueChangeListener(e -> refresh.run());
        refresh.run();
        VerticalLayout right = new VerticalLayout(new H3(getTranslation("org.members")), memberSearch, members);
        right.setSizeFull();
        SplitLayout split = new SplitLayout(tree, right);
        split.setSizeFull();
        split.setSplitterPosition(35);
        add(new H2(getTranslation("org.heading")), split);
    }
}
