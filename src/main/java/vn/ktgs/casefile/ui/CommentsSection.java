package vn.ktgs.casefile.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import vn.ktgs.casefile.CaseComment;
import vn.ktgs.casefile.CaseComments;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseFileSection;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.kernel.Formats;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.organization.UserDirectory;

/**
 * "Trao đổi": comments on the case by the people who may see it, oldest first, each with its author's full name and
 * time; the author edits or deletes their own. A blank text is refused beside the field and nothing typed is lost.
 */
@org.springframework.stereotype.Component
@Order(50)
class CommentsSection implements CaseFileSection {

    private final CaseComments comments;
    private final UserDirectory users;

    CommentsSection(CaseComments comments, UserDirectory users) {
        this.comments = comments;
        this.users = users;
    }

    @Override
    public String titleKey() {
        return "comments.heading";
    }

    @Override
    public Optional<Component> render(CaseFile caseFile, KtgsUser user) {
        Div section = new Div();
        section.setId("case-comments");
        section.setWidthFull();
        fill(section, caseFile.getId(), user);
        return Optional.of(section);
    }

    private void fill(Div section, long caseId, KtgsUser user) {
        section.removeAll();
        List<CaseComment> all = comments.of(user, caseId);
        Map<String, String> names = users.fullNames(all.stream().map(CaseComment::getAuthor).distinct().toList());
        for (CaseComment c : all) {
            section.add(comment(section, c, names.getOrDefault(c.getAuthor(), c.getAuthor()), caseId, user));
        }
        TextArea text = new TextArea();
        text.setId("comment-new");
        text.setPlaceholder(section.getTranslation("comments.placeholder"));
        text.setMaxLength(CaseComments.MAX_LENGTH);
        text.setWidthFull();
        Button add = new Button(section.getTranslation("comments.add"), e -> {
            if (saved(text, () -> comments.add(user, caseId, text.getValue()))) {
                fill(section, caseId, user);
            }
        });
        add.setId("comment-add");
        section.add(text, add);
    }

    private Div comment(Div section, CaseComment c, String author, long caseId, KtgsUser user) {
        Div row = new Div();
        row.setId("comment-" + c.getId());
        row.getStyle().set("margin-bottom", "var(--lumo-space-s)");
        Span heading = new Span(author + " · " + Formats.dateTime(c.getCreatedAt())
                + (c.getEditedAt() == null ? "" : " " + section.getTranslation("comments.edited", Formats.dateTime(c.getEditedAt()))));
        heading.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div body = new Div(c.getBody());
        body.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
        row.add(heading, body);
        if (c.getAuthor().equals(user.getUsername())) {
            Button edit = new Button(section.getTranslation("comments.edit"), e -> editing(section, row, c, caseId, user));
            edit.setId("comment-edit-" + c.getId());
            Button delete = new Button(section.getTranslation("comments.delete"), e -> {
                comments.delete(user, c.getId());
                fill(section, caseId, user);
            });
            delete.setId("comment-delete-" + c.getId());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            row.add(new Div(edit, delete));
        }
        return row;
    }

    private void editing(Div section, Div row, CaseComment c, long caseId, KtgsUser user) {
        row.removeAll();
        TextArea text = new TextArea();
        text.setId("comment-text-" + c.getId());
        text.setValue(c.getBody());
        text.setMaxLength(CaseComments.MAX_LENGTH);
        text.setWidthFull();
        Button save = new Button(section.getTranslation("comments.save"), e -> {
            if (saved(text, () -> comments.edit(user, c.getId(), text.getValue()))) {
                fill(section, caseId, user);
            }
        });
        save.setId("comment-save-" + c.getId());
        Button cancel = new Button(section.getTranslation("comments.cancel"), e -> fill(section, caseId, user));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        row.add(text, new Div(save, cancel));
    }

    /** Runs the change; a refused text is explained on its field and kept. */
    private static boolean saved(TextArea text, Runnable change) {
        try {
            change.run();
            return true;
        } catch (FormValidationException invalid) {
            FieldError error = invalid.errors().get(0);
            text.setErrorMessage(text.getTranslation("form.error." + error.code(), error.args().toArray()));
            text.setInvalid(true);
            return false;
        }
    }
}
