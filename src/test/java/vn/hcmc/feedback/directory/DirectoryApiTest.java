package vn.hcmc.feedback.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The public unit lists and the unit of a place, and the start-up check of units that open reports use. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
class DirectoryApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UnitsInUseCheck unitsInUse;

    @Test
    void listsAll168CommuneLevelUnitsWithTheirOfficialCodesAndTheCityBodies() {
        ResponseEntity<List<Map<String, Object>>> units = rest.exchange("/api/units", HttpMethod.GET, null,
                new ParameterizedTypeReference<>() { });
        assertThat(units.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<Map<String, Object>> communeLevel = units.getBody().stream()
                .filter(u -> List.of("WARD", "COMMUNE", "SPECIAL_ZONE").contains(u.get("kind"))).toList();
        assertThat(communeLevel).hasSize(168);
        assertThat(communeLevel).filteredOn(u -> "WARD".equals(u.get("kind"))).hasSize(113);
        assertThat(communeLevel).filteredOn(u -> "COMMUNE".equals(u.get("kind"))).hasSize(54);
        assertThat(units.getBody()).anySatisfy(u -> assertThat(u).containsEntry("code", "ben-thanh")
                .containsEntry("officialCode", "26743").containsEntry("nameVi", "Phường Bến Thành"));
        assertThat(units.getBody()).filteredOn(u -> "sawaco".equals(u.get("code"))).singleElement()
                .satisfies(u -> assertThat(u.get("kind")).isEqualTo("UTILITY"))
                .satisfies(u -> assertThat(u.get("officialCode")).as("a city body has no official code").isNull());
    }

    @Test
    void thePlaceOfAPointIsItsUnitAndOutsideTheCityIsAClearNotFound() {
        ResponseEntity<Map<String, Object>> market = get("/api/units/at?lat=10.7725&lon=106.6980");
        assertThat(market.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(market.getBody()).containsEntry("code", "ben-thanh").containsEntry("kind", "WARD");

        ResponseEntity<Map<String, Object>> hanoi = get("/api/units/at?lat=21.0285&lon=105.8542");
        assertThat(hanoi.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(hanoi.getBody()).containsEntry("type", "urn:feedback:problem:outside-city");
        assertThat((String) hanoi.getBody().get("detail")).contains("ngoài địa bàn", "outside");
    }

    @Test
    void aBadLocationIsABadRequest() {
        for (String query : List.of("lat=95&lon=106.7", "lat=10.7&lon=-181", "lat=NaN&lon=106.7", "lat=abc&lon=1",
                "lat=10.7")) {
            ResponseEntity<Map<String, Object>> answer = get("/api/units/at?" + query);
            assertThat(answer.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat((String) answer.getBody().get("type")).as(query).startsWith("urn:feedback:problem:");
        }
    }

    @Test
    void startUpStopsWhenOpenReportsAreAssignedToAUnitThatUnitsYamlNoLongerLists() throws Exception {
        unitsInUse.run(null);
        insertReport("TEST-GONE-1", "ASSIGNED", "phuong-da-xoa");
        insertReport("TEST-GONE-2", "CLOSED", "phuong-cu");
        insertReport("TEST-KNOWN", "ASSIGNED", "ben-thanh");
        try {
            assertThatThrownBy(() -> unitsInUse.run(null)).isInstanceOf(ReferenceDataException.class)
                    .hasMessageContaining("units.yaml").hasMessageContaining("phuong-da-xoa=1")
                    .hasMessageNotContaining("phuong-cu").hasMessageNotContaining("ben-thanh");
        } finally {
            jdbc.update("delete from report where tracking_code like 'TEST-%'");
        }
        unitsInUse.run(null);
    }

    private void insertReport(String trackingCode, String status, String unitCode) {
        jdbc.update("insert into report (tracking_code, access_token_hash, status, description, unit_code,"
                + " contact_flood, public_visible, language, urgent, received_at, updated_at)"
                + " values (?, 'x', ?, 'test', ?, false, false, 'vi', false, current_timestamp, current_timestamp)",
                trackingCode, status, unitCode);
    }

    private ResponseEntity<Map<String, Object>> get(String url) {
        return rest.exchange(url, HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
    }
}
