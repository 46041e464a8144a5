package vn.ktgs.remediation;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RemediationRequirementRepository extends JpaRepository<RemediationRequirement, Long> {
}
