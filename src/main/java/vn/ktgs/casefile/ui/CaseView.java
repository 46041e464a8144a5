package vn.ktgs.casefile.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.*;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.security.access.AccessDeniedException;
import vn.ktgs.kernel.DatePickers;
import vn.ktgs.base.ui.UploadTexts;
import vn.ktgs.casefile.*;
import vn.ktgs.kernel.Formats;
import vn.ktgs.kernel.ModelTexts;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.organization.CurrentUser;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.organization.UserDirectory;

/** A case page: its data, the sections contributed by features (current steps first), timeline and documents. */
@Route("cases")
@PageTitle("KTGS – Hồ sơ vụ việc")
@PermitAll
public class CaseView extends VerticalLayout implements HasUrlParameter<Long> {

    private final CaseService cases;
    private final List<CaseFileSection> sections;
    private final KtgsUser user;
    private final Clock clock;
    private final UserDirectory users;

    CaseView(CaseService cases, List<CaseFileSection> sections, CurrentUser currentUser, Clock clock, UserDirectory users) {
        this.users = users;
        this.clock = clock;
        this.cases = cases;
        this.sections = sections;
        this.user = currentUser.get();
        setMaxWidth("80em");
    }

    @Override
    public void setParameter(BeforeEvent event, Long caseId) {
        removeAll();
        CaseFile c;
        try {
            c = cases.getVisible(user, caseId);
        } catch (NoSuchElementException | AccessDeniedException hidden) {
            add(new H2(getTranslation("case.notAvailable")));
            return;
        }
        H2 heading = new H2(c.getCaseNumber() + " – " + c.getTitle());
        heading.setId("case-heading");
        add(heading);
        Span status = new Span(getTranslation("status." + c.getStatus().name()));
        status.getElement().getThemeList().add("badge");
        status.setId("case-status");
        add(status);
        add(facts(c));
        for (CaseFileSection section : sections) {
            section.render(c, user).ifPresent(component -> add(new H3(getTranslation(section.titleKey())), component));
        }
        add(new H3(getTranslation("case.history")), timeline(c));
        add(new H3(getTranslation("case.documents")), documents(c), addDocument(c));
    }

    private Div facts(CaseFile c) {
        Div facts = new Div();
        Paragraph subject = new Paragraph(getTranslation("inbox.subject") + ": " + c.getSubjectName());
        if (c.getSubjectMemberId() != null && user.canSeeOrgPath(c.getSubjectOrgPath())) {
            // a member's case leads to the member's record (discipline, other cases); the route belongs to the member feature
            Anchor record = new Anchor("members/" + c.getSubjectMemberId(), getTranslation("case.memberRecord"));
            record.setId("case-member-record");
            subject.add(new Text(" · "), record);
        }
        facts.add(subject);
        facts.add(new Paragraph(getTranslation("case.content") + ": " + c.getContent()));
        facts.add(new Paragraph(getTranslation("case.source") + ": " + (c.getSource() == null ? "" : getTranslation("source." + c.getSource()))));
        String team = c.getTeam() != null ? c.getTeam() : c.getProposedTeam();
        facts.add(new Paragraph(getTranslation("case.team") + ": " + (team == null ? "" : team))); // a discipline or a letter has none yet
        facts.add(new Paragraph(getTranslation("cases.opened") + ": " + Formats.dateTime(c.getOpenedAt())
                + (c.getClosedAt() == null ? "" : " · " + getTranslation("case.closed") + ": " + Formats.dateTime(c.getClosedAt()))));
        return facts;
    }

    private Grid<CaseEvent> timeline(CaseFile c) {
        Grid<CaseEvent> grid = new Grid<>();
        grid.setId("case-timeline");
        grid.setAllRowsVisible(true);
        // a step's summary is often long: it wraps instead of being cut off
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        List<CaseEvent> events = cases.timeline(user, c.getId());
        Map<String, String> names = users.fullNames(events.stream().map(CaseEvent::getActor).distinct().toList());
        grid.addColumn(e -> Formats.dateTime(e.getAt())).setHeader(getTranslation("case.when")).setAutoWidth(true);
        grid.addColumn(e -> ModelTexts.stepName(c.getProcessKey(), e.getStepKey(), e.getStepName(), getLocale()))
                .setHeader(getTranslation("inbox.step")).setKey("step").setWidth("14em");
        grid.addColumn(e -> names.getOrDefault(e.getActor(), e.getActor())).setHeader(getTranslation("case.who"))
                .setKey("who").setWidth("12em");
        grid.addColumn(CaseEvent::getSummary).setHeader(getTranslation("case.what")).setFlexGrow(3);
        grid.setItems(events);
        return grid;
    }

    /**
     * The case file's documents, one row per file name with its latest version; the older versions are
     * links on the same row, so each version stays downloadable.
     */
    private Div documents(CaseFile c) {
        Div list = new Div();
        List<DocumentInfo> docs = cases.documents(user, c.getId());
        if (docs.isEmpty()) {
            list.add(new Paragraph(getTranslation("case.noDocuments")));
            return list;
        }
        Map<String, List<DocumentInfo>> versions = new LinkedHashMap<>();
        docs.forEach(d -> versions.computeIfAbsent(d.fileName(), name -> new ArrayList<>()).add(d));
        Grid<DocumentInfo> grid = new Grid<>();
        grid.setId("case-documents");
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(this::download).setHeader(getTranslation("document.name")).setKey("name").setFlexGrow(2);
        grid.addColumn(d -> getTranslation("document.kind." + d.kind())).setHeader(getTranslation("document.kind"))
                .setKey("kind").setAutoWidth(true);
        grid.addColumn(d -> d.number() == null ? "" : d.number()).setHeader(getTranslation("document.number"))
                .setKey("number").setAutoWidth(true);
        grid.addColumn(d -> d.meetingDate() == null ? "" : Formats.date(d.meetingDate())).setHeader(getTranslation("document.meetingDate"))
                .setKey("meetingDate").setAutoWidth(true);
        grid.addColumn(d -> "v" + d.version()).setHeader(getTranslation("document.version")).setKey("version").setAutoWidth(true);
        grid.addColumn(d -> d.uploadedBy() + " · " + Formats.dateTime(d.uploadedAt())).setHeader(getTranslation("document.byWhen"))
                .setKey("byWhen").setAutoWidth(true);
        grid.addColumn(d -> Math.max(1, d.sizeBytes() / 1024) + " KB").setHeader(getTranslation("document.size"))
                .setKey("size").setAutoWidth(true);
        grid.addComponentColumn(d -> olderVersions(versions.get(d.fileName()))).setHeader(getTranslation("document.olderVersions"))
                .setKey("older").setFlexGrow(1);
        List<DocumentInfo> latest = versions.values().stream().map(v -> v.get(v.size() - 1)).toList();
        grid.setItems(latest);
        // minutes are found by a filter on the kind (minutes, uploaded documents, generated ones)
        var filter = new RadioButtonGroup<String>(getTranslation("document.filter"));
        filter.setId("case-documents-filter");
        filter.setItems(DOCUMENT_FILTERS);
        filter.setItemLabelGenerator(f -> getTranslation("document.filter." + f));
        filter.setValue("ALL");
        filter.addValueChangeListener(e -> grid.setItems(latest.stream().filter(d -> shownBy(e.getValue(), d)).toList()));
        list.add(filter, grid);
        return list;
    }

    private static final List<String> DOCUMENT_FILTERS = List.of("ALL", "MINUTES", "UPLOADED", "GENERATED");

    private static boolean shownBy(String filter, DocumentInfo d) {
        return switch (filter == null ? "ALL" : filter) {
            case "MINUTES" -> d.minutes();
            case "UPLOADED" -> CaseDocument.UPLOADED.equals(d.kind());
            case "GENERATED" -> d.generated();
            default -> true;
        };
    }

    /**
     * Adds a file to the case file (the same name: its next version), as a document or as minutes with the meeting's
     * date; a refused file is explained beside it. Minutes refused for their date stay here until the date is put right.
     */
    @SuppressWarnings("deprecation")
    private Div addDocument(CaseFile c) {
        var kind = new RadioButtonGroup<String>(getTranslation("document.uploadKind"));
        kind.setId("case-document-kind");
        kind.setItems(CaseDocument.UPLOADED, CaseDocument.MINUTES);
        kind.setItemLabelGenerator(k -> getTranslation("document.uploadKind." + k));
        kind.setValue(CaseDocument.UPLOADED);
        var meetingDate = DatePickers.localized(new DatePicker(getTranslation("document.meetingDate")));
        meetingDate.setId("case-document-meeting-date");
        meetingDate.setMax(VietnamTime.localDate(clock.instant()));
        meetingDate.setVisible(false);
        kind.addValueChangeListener(e -> meetingDate.setVisible(CaseDocument.MINUTES.equals(e.getValue())));
        UploadedFile[] pending = new UploadedFile[1];
        var save = new Button(getTranslation("document.savePending"));
        save.setId("case-document-save");
        save.setVisible(false);
        var buffer = new MemoryBuffer();
        Upload upload = UploadTexts.apply(new Upload(buffer));
        upload.setId("case-document-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) CaseService.MAX_DOCUMENT_BYTES);
        upload.setAcceptedFileTypes(UploadPolicy.ALLOWED_LIST.split(", "));
        Span error = new Span();
        error.setId("case-document-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        Runnable store = () -> {
            UploadedFile file = pending[0];
            try {
                int version = CaseDocument.MINUTES.equals(kind.getValue())
                        ? cases.uploadMinutes(user, c.getId(), file, meetingDate.getValue())
                        : cases.upload(user, c.getId(), file);
                pending[0] = null;
                Notification.show(getTranslation("document.added", file.fileName(), version), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
            } catch (UploadRefusedException refused) {
                String message = getTranslation("form.error." + refused.refusal().code(), refused.refusal().args());
                error.setText(message);
                if (refused.refusal().code().startsWith("meetingDate")) {
                    // the file is fine: keep it until the date is put right
                    meetingDate.setErrorMessage(message);
                    meetingDate.setInvalid(true);
                    save.setVisible(true);
                } else {
                    pending[0] = null;
                    save.setVisible(false);
                    upload.clearFileList();
                }
            }
        };
        upload.addSucceededListener(e -> {
            try {
                pending[0] = new UploadedFile(e.getFileName(), e.getMIMEType(), buffer.getInputStream().readAllBytes());
            } catch (IOException unreadable) {
                error.setText(getTranslation("document.unreadable"));
                return;
            }
            store.run();
        });
        save.addClickListener(e -> {
            if (pending[0] != null) {
                store.run();
            }
        });
        Div add = new Div(new Span(getTranslation("document.add")), kind, meetingDate, upload, save, error);
        add.setId("case-document-add");
        return add;
    }

    private Anchor download(DocumentInfo d) {
        return download(d, d.fileName());
    }

    private Anchor download(DocumentInfo d, String text) {
        return DocumentLinks.download(cases, user, d, text);
    }

    private Div olderVersions(List<DocumentInfo> all) {
        Div older = new Div();
        for (int i = all.size() - 2; i >= 0; i--) {
            DocumentInfo d = all.get(i);
            Anchor link = download(d, "v" + d.version());
            link.setTitle(d.uploadedBy() + " · " + Formats.dateTime(d.uploadedAt()) + " · SHA-256 " + d.sha256());
            link.getStyle().set("margin-right", "var(--lumo-space-s)");
            older.add(link);
        }
        return older;
    }
}
