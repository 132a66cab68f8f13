package vn.hcmc.feedback.attachment;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentContentRepository extends JpaRepository<AttachmentContent, Long> {
}
