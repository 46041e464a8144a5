package vn.ktgs.organization;

import java.io.Serializable;

/** One role held in one organisation, copied into the session so scoping needs no query. */
public record Grant(Role role, long orgId, String orgCode, String orgPath, String orgName, OrgLevel orgLevel)
        implements Serializable {
}
