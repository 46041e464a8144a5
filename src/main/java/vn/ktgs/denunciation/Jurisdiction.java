package vn.ktgs.denunciation;

import org.springframework.stereotype.Component;
import vn.ktgs.organization.Organization;
import vn.ktgs.organization.OrganizationService;
import vn.ktgs.organization.PartyMember;

/**
 * Which committee resolves a letter (procedures.md §4, §6): the committee managing the accused member (the member's
 * managing organisation, else their own, up to the nearest organisation with an inspection committee); for an
 * organisation, the committee of the organisation directly above it. A person named only in free text stays with
 * the committee that received the letter.
 */
@Component
class Jurisdiction {

    private final OrganizationService organizations;

    Jurisdiction(OrganizationService organizations) {
        this.organizations = organizations;
    }

    Organization competentCommittee(Letter letter, Organization receiving) {
        return switch (letter.accusedKind()) {
            case MEMBER -> {
                PartyMember m = organizations.memberById(letter.accusedMemberId());
                Organization managing = m.getManagingOrg() != null ? m.getManagingOrg() : m.getOrganization();
                yield organizations.committeeOf(organizations.byId(managing.getId()));
            }
            case ORGANIZATION -> {
                Organization accused = organizations.byId(letter.accusedOrgId());
                yield accused.getParentId() == null ? accused : organizations.committeeOf(organizations.byId(accused.getParentId()));
            }
            case UNKNOWN, NOT_PARTY -> receiving;
        };
    }
}
