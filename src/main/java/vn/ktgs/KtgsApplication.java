package vn.ktgs;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** KTGS: one Spring Boot application with an embedded Camunda 7 engine and a Vaadin UI. */
@SpringBootApplication
@EnableProcessApplication
@EnableScheduling
@ConfigurationPropertiesScan
@PWA(name = "KTGS – Kiểm tra, giám sát", shortName = "KTGS")
@Push // an open inbox shows work given or taken meanwhile without a reload (tasklist.ui.LiveInboxes)
public class KtgsApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(KtgsApplication.class, args);
    }
}
