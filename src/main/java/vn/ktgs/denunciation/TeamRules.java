package vn.ktgs.denunciation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.organization.UserDirectory;

/** The team approved by the standing board: led by a standing member (chair or deputy), members from the same committee. */
final class TeamRules {

    private TeamRules() {
    }

    static List<String> usernames(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,;\\s]+")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }

    static List<FieldError> check(String lead, String members, long committeeOrgId, UserDirectory users) {
        List<FieldError> errors = new ArrayList<>();
        KtgsUser leadUser = lead == null ? null : find(lead, users);
        if (leadUser == null || leadUser.getGrants().stream().noneMatch(g -> g.role().isStanding() && g.orgId() == committeeOrgId)) {
            errors.add(FieldError.of("teamLead", "denunciation.leadNotStanding"));
        }
        for (String member : usernames(members)) {
            KtgsUser u = find(member, users);
            if (u == null || u.getGrants().stream().noneMatch(g -> g.role().isCommitteeRole() && g.orgId() == committeeOrgId)) {
                errors.add(FieldError.of("teamMembers", "denunciation.memberNotInCommittee", member));
                break;
            }
        }
        return errors;
    }

    private static KtgsUser find(String username, UserDirectory users) {
        return users.find(username).map(KtgsUser::of).orElse(null);
    }
}
