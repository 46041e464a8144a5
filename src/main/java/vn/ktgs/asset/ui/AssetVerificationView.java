package vn.ktgs.asset.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.*;
import java.util.stream.IntStream;
import org.springframework.security.access.AccessDeniedException;
import vn.ktgs.asset.*;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.kernel.Formats;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.organization.CurrentUser;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.organization.OrganizationService;
import vn.ktgs.organization.PartyMember;

/**
 * "Xác minh tài sản, thu nhập": the committee's list of those obliged to declare in a year (kept by its administrator
 * or chair), the chair's annual random selection and its record, a standing member's start on a sign of violation, and
 * the verifications of the year. Only the committee's own users see it (the services check again).
 */
@Route("asset-verification")
@PageTitle("KTGS – Xác minh tài sản, thu nhập")
@Menu(order = 12, title = "asset.nav", icon = "vaadin:wallet")
@RolesAllowed({"ADMIN", "LOCAL_ADMIN", "CLERK", "INSPECTOR", "TEAM_LEAD", "COMMITTEE_MEMBER", "CHAIR", "DEPUTY_CHAIR"})
public class AssetVerificationView extends VerticalLayout {

    final ComboBox<Integer> year = new ComboBox<>();
    final Grid<DeclarantService.Row> declarants = new Grid<>();
    final ComboBox<PartyMember> member = new ComboBox<>();
    final TextField post = new TextField();
    final TextField email = new TextField();
    final Button add = new Button();
    final IntegerField count = new IntegerField();
    final IntegerField share = new IntegerField();
    final Button draw = new Button();
    final Paragraph drawRecord = new Paragraph();
    final ComboBox<DeclarantService.Row> signMember = new ComboBox<>();
    final IntegerField increaseMillions = new IntegerField();
    final TextArea signReason = new TextArea();
    final Button startOnSign = new Button();
    final Grid<AssetVerificationService.Row> verifications = new Grid<>();

    private final KtgsUser user;
    private final DeclarantService declarantService;
    private final AnnualDrawService drawService;
    private final AssetVerificationService verificationService;
    private final Clock clock;

    AssetVerificationView(DeclarantService declarantService, AnnualDrawService drawService, AssetVerificationService verificationService,
                          AssetPermissions permissions, OrganizationService organizations, CurrentUser currentUser, Clock clock) {
        this.clock = clock;
        this.user = currentUser.get();
        this.declarantService = declarantService;
        this.drawService = drawService;
        this.verificationService = verificationService;
        setMaxWidth("90em");
        int thisYear = VietnamTime.localDate(clock.instant()).getYear();
        year.setId("asset-year");
        year.setLabel(getTranslation("asset.year"));
        year.setItems(IntStream.rangeClosed(0, 5).map(i -> thisYear + 1 - i).boxed().toList());
        year.setValue(thisYear);
        year.addValueChangeListener(e -> {
            year.setInvalid(false);
            refresh();
        });
        add(new H2(getTranslation("asset.title")), new Paragraph(getTranslation("asset.intro")), year);

        add(new H3(getTranslation("asset.declarants")));
        declarants.setId("asset-declarants");
        declarants.setAllRowsVisible(true);
        declarants.addColumn(DeclarantService.Row::memberName).setHeader(getTranslation("asset.member"));
        declarants.addColumn(DeclarantService.Row::orgName).setHeader(getTranslation("asset.org"));
        declarants.addColumn(DeclarantService.Row::post).setHeader(getTranslation("asset.post"));
        declarants.addColumn(r -> r.email() == null ? "" : r.email()).setHeader(getTranslation("asset.email"));
        boolean maintains = permissions.maintainsList(user);
        if (maintains) {
            declarants.addComponentColumn(r -> {
                Button remove = new Button(getTranslation("asset.remove"), e -> act(() -> declarantService.remove(user, r.id()), Map.of()));
                remove.setId("asset-remove-" + r.id());
                return remove;
            }).setKey("remove");
        }
        add(declarants);
        if (maintains) {
            String path = permissions.committeePath(user);
            member.setId("asset-member");
            member.setLabel(getTranslation("asset.member"));
            member.setItems(q -> organizations.searchMembers(path, q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
            member.setItemLabelGenerator(m -> m.getFullName() + " – " + m.getBirthYear());
            post.setId("asset-post");
            post.setLabel(getTranslation("asset.post"));
            email.setId("asset-email");
            email.setLabel(getTranslation("asset.email"));
            add.setId("asset-add");
            add.setText(getTranslation("asset.add"));
            add.addClickListener(e -> act(() -> declarantService.add(user, year.getValue(),
                    member.getValue() == null ? null : member.getValue().getId(), post.getValue(), email.getValue()),
                    Map.of("member", member, "post", post, "email", email)));
            add(new HorizontalLayout(member, post, email, add));
        }

        add(new H3(getTranslation("asset.draw")));
        drawRecord.setId("asset-draw-record");
        add(drawRecord);
        if (permissions.draws(user)) {
            count.setId("asset-draw-count");
            count.setLabel(getTranslation("asset.drawCount"));
            share.setId("asset-draw-share");
            share.setLabel(getTranslation("asset.drawShare"));
            draw.setId("asset-draw");
            draw.setText(getTranslation("asset.drawButton"));
            draw.addClickListener(e -> act(() -> drawService.draw(user, year.getValue(), count.getValue(), share.getValue()),
                    Map.of("count", count, "share", share, "year", year)));
            add(new HorizontalLayout(count, share, draw));
        }

        if (permissions.isStanding(user)) {
            add(new H3(getTranslation("asset.sign")));
            signMember.setId("asset-sign-member");
            signMember.setLabel(getTranslation("asset.member"));
            signMember.setItemLabelGenerator(r -> r.memberName() + " – " + r.post());
            increaseMillions.setId("asset-sign-increase");
            increaseMillions.setLabel(getTranslation("asset.signIncrease"));
            signReason.setId("asset-sign-reason");
            signReason.setLabel(getTranslation("asset.signReason"));
            signReason.setWidthFull();
            startOnSign.setId("asset-sign-start");
            startOnSign.setText(getTranslation("asset.signStart"));
            startOnSign.addClickListener(e -> act(() -> {
                CaseFile opened = verificationService.startOnSign(user, year.getValue(),
                        signMember.getValue() == null ? null : signMember.getValue().memberId(),
                        increaseMillions.getValue() == null ? null : increaseMillions.getValue() * 1_000_000L, signReason.getValue());
                Notification.show(getTranslation("asset.signStarted", opened.getCaseNumber()), 5000, Notification.Position.MIDDLE);
            }, Map.of("member", signMember, "increase", increaseMillions, "reason", signReason)));
            add(new HorizontalLayout(signMember, increaseMillions), signReason, startOnSign);
        }

        add(new H3(getTranslation("asset.verifications")));
        verifications.setId("asset-verifications");
        verifications.setAllRowsVisible(true);
        verifications.addComponentColumn(r -> new Anchor("cases/" + r.caseId(), r.caseNumber())).setHeader(getTranslation("asset.case"));
        verifications.addColumn(AssetVerificationService.Row::subjectName).setHeader(getTranslation("asset.member"));
        verifications.addColumn(r -> getTranslation("asset.trigger." + r.trigger().name())).setHeader(getTranslation("asset.trigger"));
        verifications.addColumn(r -> r.conclusion() == null ? "" : getTranslation("asset.conclusion." + r.conclusion().name()))
                .setHeader(getTranslation("asset.conclusion"));
        verifications.addColumn(r -> r.publishedOn() == null ? "" : Formats.date(r.publishedOn())
                + (r.publishedLate() ? " (" + getTranslation("asset.late") + ")" : "")).setHeader(getTranslation("asset.published"));
        add(verifications);
        refresh();
    }

    private void refresh() {
        int y = year.getValue() == null ? VietnamTime.localDate(clock.instant()).getYear() : year.getValue();
        List<DeclarantService.Row> rows = declarantService.list(user, y);
        declarants.setItems(rows);
        signMember.setItems(rows);
        drawRecord.setText(drawService.of(user, y).map(d -> getTranslation("asset.drawRecord", Formats.dateTime(d.getDrawnAt()),
                d.getDrawnBy(), d.getPoolSize(), d.getDrawnCount(), String.valueOf(d.getSeed()))).orElse(getTranslation("asset.noDraw")));
        verifications.setItems(verificationService.rowsOfYear(user, y));
    }

    /** Runs a service call; its field errors show beside the fields, other refusals as a notification. Nothing is lost. */
    private void act(Runnable call, Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            call.run();
            refresh();
        } catch (FormValidationException invalid) {
            List<String> elsewhere = new ArrayList<>();
            for (FieldError error : invalid.errors()) {
                String message = getTranslation(error.messageKey(), error.args().toArray());
                HasValidation field = fields.get(error.field());
                if (field != null) {
                    field.setErrorMessage(message);
                    field.setInvalid(true);
                }
                elsewhere.add(message);
            }
            Notification.show(String.join(" ", elsewhere), 6000, Notification.Position.MIDDLE).setId("asset-error");
        } catch (AccessDeniedException denied) {
            Notification.show(getTranslation("asset.denied"), 6000, Notification.Position.MIDDLE).setId("asset-error");
        }
    }
}
