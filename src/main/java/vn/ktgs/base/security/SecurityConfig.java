package vn.ktgs.base.security;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import vn.ktgs.base.ui.LoginView;

/**
 * Vaadin views behind a login form; Camunda's REST API behind HTTP Basic and Cockpit/Admin behind the
 * same session, both for administrators only; KTGS's API (/api/v1) behind HTTP Basic for every user; health and the
 * API's description open.
 */
@Configuration
class SecurityConfig extends VaadinWebSecurity {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain engineRest(HttpSecurity http) throws Exception {
        return http.securityMatcher(new AntPathRequestMatcher("/engine-rest/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole("ADMIN"))
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /**
     * KTGS's own API for scripts: HTTP Basic with the user's own account, no session, every answer scoped to that user
     * by the same services the pages use.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        return http.securityMatcher(new AntPathRequestMatcher("/api/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                // a 401/403 from the REST chain is rendered by /error: let it through, or it becomes a login redirect
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers(new AntPathRequestMatcher("/actuator/health/**")).permitAll()
                // the API's description (OpenAPI): what it offers, no data
                .requestMatchers(new AntPathRequestMatcher("/v3/api-docs/**")).permitAll()
                .requestMatchers(new AntPathRequestMatcher("/camunda/**")).hasRole("ADMIN")
                .requestMatchers(new AntPathRequestMatcher("/actuator/**")).hasRole("ADMIN"));
        // Camunda's webapps post their own forms with their own CSRF token
        http.csrf(csrf -> csrf.ignoringRequestMatchers(new AntPathRequestMatcher("/camunda/**")));
        super.configure(http);
        setLoginView(http, LoginView.class);
    }
}
