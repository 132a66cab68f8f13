package vn.hcmc.feedback.open311;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClientApplicationRepository extends JpaRepository<ClientApplication, Long> {

    Optional<ClientApplication> findByKeyHash(String keyHash);

    boolean existsByNameIgnoreCase(String name);

    List<ClientApplication> findAllByOrderByIdAsc();
}
