package vn.hcmc.feedback.report;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReportRepository extends JpaRepository<Report, Long> {

    Optional<Report> findByTrackingCode(String trackingCode);

    @Query("select r.id from Report r where r.trackingCode = :trackingCode")
    Optional<Long> findIdByTrackingCode(@Param("trackingCode") String trackingCode);

    Optional<Report> findByIdempotencyKey(String idempotencyKey);

    boolean existsByTrackingCode(String trackingCode);

    long countByIdempotencyKey(String idempotencyKey);

    /** Reports from one contact received in a period, both ends included (the per-contact rate limit). */
    long countByContactKeyAndReceivedAtBetween(String contactKey, Instant from, Instant to);

    /** Candidates for the duplicate check: open reports of a category, received since a moment, in a box. */
    @Query("""
            select r from Report r
             where r.category = :category and r.receivedAt >= :since and r.status in :open and r.id <> :self
               and r.lat between :minLat and :maxLat and r.lon between :minLon and :maxLon
             order by r.receivedAt asc""")
    List<Report> findDuplicateCandidates(@Param("category") String category, @Param("since") Instant since,
                                         @Param("open") Collection<ReportStatus> open, @Param("self") Long self,
                                         @Param("minLat") double minLat, @Param("maxLat") double maxLat,
                                         @Param("minLon") double minLon, @Param("maxLon") double maxLon);
}
