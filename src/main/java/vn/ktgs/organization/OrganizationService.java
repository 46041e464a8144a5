package vn.ktgs.organization;

import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of the org tree and its members, always within a path the caller may see. */
@Service
@Transactional(readOnly = true)
public class OrganizationService {

    private final OrganizationRepository orgs;
    private final PartyMemberRepository members;

    OrganizationService(OrganizationRepository orgs, PartyMemberRepository members) {
        this.orgs = orgs;
        this.members = members;
    }

    public Organization byCode(String code) {
        return orgs.findByCode(code).orElseThrow(() -> new IllegalArgumentException("unknown organisation " + code));
    }

    public Organization byId(long id) {
        return orgs.findById(id).orElseThrow(() -> new IllegalArgumentException("unknown organisation " + id));
    }

    public PartyMember memberById(long id) {
        return members.findById(id).orElseThrow(() -> new IllegalArgumentException("unknown member " + id));
    }

    public List<Organization> children(Organization parent) {
        return parent == null ? orgs.findByParentIdIsNullOrderByName() : orgs.findByParentIdOrderByName(parent.getId());
    }

    public boolean hasChildren(Organization org) {
        return orgs.countChildren(org.getId()) > 0;
    }

    public List<Organization> searchOrganizations(String pathPrefix, String text, int offset, int limit) {
        return orgs.searchWithin(pathPrefix, text == null ? "" : text, PageRequest.of(offset / Math.max(limit, 1), limit));
    }

    public List<PartyMember> searchMembers(String pathPrefix, String text, int offset, int limit) {
        return members.searchWithin(pathPrefix, text == null ? "" : text, PageRequest.of(offset / Math.max(limit, 1), limit));
    }

    public long countMembers(String pathPrefix, String text) {
        return members.countWithin(pathPrefix, text == null ? "" : text);
    }

    /** The nearest organisation, at or above the given one, that has an inspection committee. */
    public Organization committeeOf(Organization org) {
        Organization current = org;
        while (current != null && !current.isHasCommittee()) {
            current = current.getParentId() == null ? null : byId(current.getParentId());
        }
        if (current == null) {
            throw new IllegalStateException("no committee above " + org.getCode());
        }
        return current;
    }
}
