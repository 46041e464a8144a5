package vn.ktgs.reminder;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Plain-text mail templates in {@code src/main/resources/mail/<name>_<vi|en>.txt}, rendered with Thymeleaf. */
@Component
public class MailTemplates {

    private final TemplateEngine engine = new TemplateEngine();

    MailTemplates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("mail/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
    }

    public String render(String name, String locale, Map<String, Object> variables) {
        Context context = new Context();
        context.setVariables(variables);
        return engine.process(name + "_" + ("en".equals(locale) ? "en" : "vi"), context);
    }
}
