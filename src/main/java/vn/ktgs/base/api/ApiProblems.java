package vn.ktgs.base.api;

import java.net.URI;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.NoSuchElementException;
import java.util.ResourceBundle;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.ktgs.kernel.FormValidationException;

/**
 * The API's errors as {@code application/problem+json}: bad input 400 with each field's error, someone else's case or
 * task 404 (as on the pages, nothing says it exists), a right the user lacks 403, a task taken meanwhile 409. Never a
 * 500 for what a caller typed.
 */
@RestControllerAdvice(basePackages = "vn.ktgs")
class ApiProblems {

    /** The UI's own messages: Vietnamese unless the caller's Accept-Language asks for English. */
    private static String message(String key, List<Object> args, Locale locale) {
        Locale language = locale != null && "en".equals(locale.getLanguage()) ? Locale.ROOT : Locale.forLanguageTag("vi");
        try {
            String pattern = ResourceBundle.getBundle("vaadin-i18n.translations", language,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
            return new MessageFormat(pattern, language).format(args.toArray());
        } catch (MissingResourceException unknown) {
            return key;
        }
    }

    @ExceptionHandler(FormValidationException.class)
    ProblemDetail invalid(FormValidationException e, Locale locale) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "invalid-input", "The input is not valid; nothing was changed.");
        List<Map<String, Object>> errors = e.errors().stream().map(err -> Map.<String, Object>of("field", err.field(), "code", err.code(),
                "message", message(err.messageKey(), err.args(), locale))).toList();
        p.setProperty("errors", errors);
        return p;
    }

    @ExceptionHandler({NoSuchElementException.class})
    ProblemDetail notFound(RuntimeException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "No such case or task, or it is outside your organisation.");
    }

    /** A case outside the user's scope answers as one that does not exist. */
    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        if (e.getClass().getSimpleName().equals("CaseAccessDeniedException")) {
            return notFound(e);
        }
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Your role does not allow this.");
    }

    @ExceptionHandler({TaskAlreadyClaimedException.class, OptimisticLockingException.class})
    ProblemDetail conflict(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, "conflict", "Someone else took or changed this task meanwhile; load it again.");
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, IllegalArgumentException.class})
    ProblemDetail badParameter(RuntimeException e) {
        return problem(HttpStatus.BAD_REQUEST, "bad-parameter", e instanceof MethodArgumentTypeMismatchException m
                ? "Parameter '" + m.getName() + "' has a value it cannot take." : "A parameter has a value it cannot take.");
    }

    private static ProblemDetail problem(HttpStatus status, String type, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create("https://ktgs.vn/problems/" + type));
        return p;
    }
}
