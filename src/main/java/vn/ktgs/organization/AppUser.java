package vn.ktgs.organization;

import jakarta.persistence.*;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String passwordHash;
    private String fullName;
    private String email;
    private boolean enabled = true;
    @Enumerated(EnumType.STRING)
    private MailMode mailMode = MailMode.IMMEDIATE;
    /** "vi" or "en": the language of the user's mails. */
    private String locale = "vi";
    @OneToMany(mappedBy = "user", fetch = FetchType.EAGER)
    private List<RoleAssignment> roles = new ArrayList<>();

    protected AppUser() {
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getPasswordHash() { return passwordHash; }
    public String getFullName() { return fullName; }
    public String getEmail() { return email; }
    public boolean isEnabled() { return enabled; }
    public List<RoleAssignment> getRoles() { return roles; }
    public MailMode getMailMode() { return mailMode; }
    public String getLocale() { return locale; }

    void choose(MailMode mailMode, String locale) {
        this.mailMode = mailMode;
        this.locale = locale;
    }
}
