package vn.ktgs.supervision;

import org.springframework.data.jpa.repository.JpaRepository;

interface ObservationFileRepository extends JpaRepository<ObservationFile, Long> {
}
