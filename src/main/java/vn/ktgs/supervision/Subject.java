package vn.ktgs.supervision;

import vn.ktgs.organization.Organization;

/** Who was observed or shows a sign: an organisation, or a member (with their organisation). */
record Subject(Organization org, Long orgId, Long memberId, String name) {
}
