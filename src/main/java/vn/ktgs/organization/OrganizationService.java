package vn.ktgs.organization;

import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.kernel.Option;
import vn.ktgs.kernel.TextFold;

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
        String typed = text == null ? "" : text.trim();
        return orgs.searchWithin(pathPrefix, pattern(typed), plain(typed), TextFold.escapeLike(typed), PageRequest.of(offset / Math.max(limit, 1), limit));
    }

    public List<PartyMember> searchMembers(String pathPrefix, String text, int offset, int limit) {
        String typed = text == null ? "" : text.trim();
        return members.searchWithin(pathPrefix, pattern(typed), plain(typed), PageRequest.of(offset / Math.max(limit, 1), limit));
    }

    /** The lookup of a form's organisation field within a path: "Name (CODE)", value the code. */
    public List<Option> organizationOptions(String pathPrefix, String text, int offset, int limit) {
        return searchOrganizations(pathPrefix, text, offset, limit).stream()
                .map(o -> new Option(o.getName() + " (" + o.getCode() + ")", o.getCode())).toList();
    }

    /** The lookup of a form's member field within a path: "Name – birth year – organisation", value the member id. */
    public List<Option> memberOptions(String pathPrefix, String text, int offset, int limit) {
        return searchMembers(pathPrefix, text, offset, limit).stream()
                .map(m -> new Option(m.getFullName() + " – " + m.getBirthYear() + " – " + m.getOrganization().getName(),
                        String.valueOf(m.getId()))).toList();
    }

    /** The label of a chosen value of either lookup (an org code, or a member id). */
    public String optionLabel(boolean organization, String value) {
        return organization ? byCode(value).getName() : memberById(Long.parseLong(value)).getFullName();
    }

    public long countMembers(String pathPrefix, String text) {
        String typed = text == null ? "" : text.trim();
        return members.countWithin(pathPrefix, pattern(typed), plain(typed));
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

    /** The folded name holds what was typed, tone marks and case aside, % and _ literal ("%" for nothing typed). */
    private static String pattern(String typed) {
        String pattern = TextFold.containsPattern(typed);
        return pattern == null ? "%" : pattern;
    }

    /** For a row not folded yet: its plain name holds what was typed (as before V37). */
    private static String plain(String typed) {
        return "%" + TextFold.escapeLike(typed.toLowerCase()) + "%";
    }
}
