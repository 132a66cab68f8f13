package vn.hcmc.feedback.open311;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.hcmc.feedback.attachment.SampleFiles;
import vn.hcmc.feedback.report.AccessTokens;
import vn.hcmc.feedback.report.ReportClient;
import vn.hcmc.feedback.report.TrackingCodes;

/**
 * The Open311 endpoint in JSON and XML: discovery, services, the API keys, every refusal of POST requests (each
 * stores nothing), media by upload and by URL, and the public reads without personal data or private reports.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // the test's media server runs on 127.0.0.1, which production refuses (MediaFetcherTest)
        "feedback.open311.media.allow-private-addresses=true",
        "feedback.open311.media.max-size=64KB",
        "feedback.open311.media.timeout=2s"})
class Open311ApiTest {

    static HttpServer media;
    static final CountDownLatch RELEASE_SLOW = new CountDownLatch(1);

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;

    ReportClient reports;
    Open311Client open311;
    String apiKey;

    @BeforeAll
    static void startMediaServer() throws IOException {
        media = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        media.createContext("/photo.png", exchange -> {
            byte[] png = SampleFiles.png();
            exchange.getResponseHeaders().add("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, png.length);
            exchange.getResponseBody().write(png);
            exchange.close();
        });
        media.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "/photo.png");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        media.createContext("/loop", exchange -> {
            exchange.getResponseHeaders().add("Location", "/loop");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        media.createContext("/big", exchange -> {
            // no Content-Length (chunked): the limit is counted while reading
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = new byte[8192];
            try {
                for (int i = 0; i < 20; i++) {
                    exchange.getResponseBody().write(chunk);
                }
            } catch (IOException closedByClient) {
                // the fetcher stops reading at the limit
            }
            exchange.close();
        });
        media.createContext("/declared-big", exchange -> {
            exchange.sendResponseHeaders(200, 10_000_000);
            exchange.close();
        });
        media.createContext("/page.html", exchange -> {
            byte[] html = SampleFiles.html();
            exchange.getResponseHeaders().add("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, html.length);
            exchange.getResponseBody().write(html);
            exchange.close();
        });
        media.createContext("/slow", exchange -> {
            try {
                RELEASE_SLOW.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        media.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        media.start();
    }

    @AfterAll
    static void stopMediaServer() {
        RELEASE_SLOW.countDown();
        media.stop(0);
    }

    static String mediaUrl(String path) {
        return "http://127.0.0.1:" + media.getAddress().getPort() + path;
    }

    @BeforeEach
    void setUp() {
        reports = new ReportClient(rest, jdbc);
        open311 = new Open311Client(reports.rest());
        apiKey = newClient("test app " + ReportClient.marker()).get("apiKey").asText();
    }

    JsonNode newClient(String name) {
        ResponseEntity<JsonNode> created = reports.rest().withBasicAuth("demo", "demo")
                .postForEntity("/api/staff/open311/clients", Map.of("name", name, "contact", "dev@example.vn"),
                        JsonNode.class);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        return created.getBody();
    }

    @Test
    void discoveryInJsonAndXml() {
        JsonNode json = open311.json(open311.get("discovery.json"));
        assertThat(json.get("changeset").asText()).isEqualTo(Open311Controller.CHANGESET);
        JsonNode endpoint = json.get("endpoints").get(0);
        assertThat(endpoint.get("specification").asText()).isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(endpoint.get("url").asText()).endsWith("/open311/v2");
        assertThat(endpoint.get("formats").toString()).contains("application/json", "text/xml");

        ResponseEntity<String> xml = open311.get("discovery.xml");
        assertThat(xml.getHeaders().getContentType().toString()).startsWith("text/xml");
        assertThat(Open311Client.xpath(xml, "/discovery/endpoints/endpoint/specification"))
                .isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(Open311Client.count(xml, "/discovery/endpoints/endpoint/formats/format")).isEqualTo(2);
    }

    @Test
    void servicesAreTheCategoriesWithTheirAttributes() {
        JsonNode services = open311.json(open311.get("services.json?jurisdiction_id=tphcm.gov.vn"));
        assertThat(services.size()).isEqualTo(16);
        JsonNode flooding = find(services, "service_code", "flooding");
        assertThat(flooding.get("service_name").asText()).isEqualTo("Ngập nước, thoát nước");
        assertThat(flooding.get("metadata").asBoolean()).isTrue();
        assertThat(flooding.get("type").asText()).isEqualTo("realtime");
        assertThat(find(services, "service_code", "garbage").get("metadata").asBoolean()).isFalse();

        ResponseEntity<String> xml = open311.get("services.xml");
        assertThat(Open311Client.count(xml, "/services/service")).isEqualTo(16);
        assertThat(Open311Client.xpath(xml, "/services/service[service_code='flooding']/metadata")).isEqualTo("true");
        assertThat(Open311Client.xpath(xml, "/services/service[service_code='trees']/service_name"))
                .isEqualTo("Cây xanh");

        JsonNode definition = open311.json(open311.get("services/flooding.json"));
        assertThat(definition.get("service_code").asText()).isEqualTo("flooding");
        JsonNode depth = definition.get("attributes").get(0);
        assertThat(depth.get("code").asText()).isEqualTo("water_depth");
        assertThat(depth.get("datatype").asText()).isEqualTo("singlevaluelist");
        assertThat(depth.get("variable").asBoolean()).isTrue();
        assertThat(depth.get("order").asInt()).isEqualTo(1);
        assertThat(depth.get("values")).hasSize(3);
        assertThat(depth.get("values").get(1).get("key").asText()).isEqualTo("knee");
        ResponseEntity<String> definitionXml = open311.get("services/flooding.xml");
        assertThat(Open311Client.xpath(definitionXml, "/service_definition/attributes/attribute/code"))
                .isEqualTo("water_depth");
        assertThat(Open311Client.count(definitionXml, "/service_definition/attributes/attribute/values/value"))
                .isEqualTo(3);
        assertThat(open311.json(open311.get("services/garbage.json")).get("attributes")).isEmpty();
    }

    @Test
    void unknownResourcesFormatsAndJurisdictionsAreOpen311Errors() {
        assertThat(open311.error(open311.get("services/nothing.json"))).startsWith("404: There is no service");
        assertThat(Open311Client.xmlError(open311.get("services/nothing.xml"))).startsWith("404: There is no service");
        assertThat(open311.error(open311.get("services.html"))).startsWith("404: Format 'html'");
        assertThat(open311.error(open311.get("nothing-here.json"))).startsWith("404: There is no Open311 resource");
        assertThat(open311.error(open311.get("services.json?jurisdiction_id=hanoi.gov.vn")))
                .startsWith("404: jurisdiction_id 'hanoi.gov.vn' is not served here");
        assertThat(Open311Client.xmlError(open311.get("requests.xml?jurisdiction_id=hanoi.gov.vn")))
                .startsWith("404: jurisdiction_id");
        assertThat(open311.error(open311.get("requests/PA-26-ZZZZZZ.json"))).startsWith("404: There is no public");
        assertThat(open311.error(open311.get("tokens/nope.json"))).startsWith("404: There is no service request");
        ResponseEntity<String> delete = reports.rest().exchange(Open311Client.BASE + "requests.json",
                HttpMethod.DELETE, HttpEntity.EMPTY, String.class);
        assertThat(open311.error(delete)).startsWith("405: DELETE is not allowed");
        assertThat(delete.getHeaders().getFirst("Allow")).isEqualTo("GET, POST");
        HttpHeaders jsonBody = new HttpHeaders();
        jsonBody.setContentType(MediaType.APPLICATION_JSON);
        assertThat(open311.error(reports.rest().exchange(Open311Client.BASE + "requests.json", HttpMethod.POST,
                new HttpEntity<>("{}", jsonBody), String.class))).startsWith("415: POST requests as");
    }

    @Test
    void theAdministratorManagesTheKeysWhichAreStoredHashed() {
        String name = "FixMyStreet " + ReportClient.marker();
        JsonNode created = newClient(name);
        String key = created.get("apiKey").asText();
        assertThat(key).hasSize(43);
        assertThat(created.get("keyPrefix").asText()).isEqualTo(key.substring(0, 6));
        assertThat(created.get("createdBy").asText()).isEqualTo("demo");
        long id = created.get("id").asLong();
        assertThat(jdbc.queryForObject("select key_hash from open311_client where id = ?", String.class, id))
                .isEqualTo(AccessTokens.hash(key));
        assertThat(jdbc.queryForObject("select count(*) from open311_client where key_hash = ? or name = ? and "
                + "(contact like ? or key_prefix = ?)", Long.class, key, name, "%" + key + "%", key)).isZero();

        TestRestTemplate admin = reports.rest().withBasicAuth("demo", "demo");
        JsonNode list = admin.getForEntity("/api/staff/open311/clients", JsonNode.class).getBody();
        JsonNode listed = find(list, "name", name);
        assertThat(listed.has("apiKey")).isFalse();
        assertThat(listed.get("active").asBoolean()).isTrue();

        assertThat(status(reports.rest().withBasicAuth("ben-thanh-staff", "ben-thanh-staff")
                .postForEntity("/api/staff/open311/clients", Map.of("name", "x"), JsonNode.class))).isEqualTo(
                "403 not-allowed");
        assertThat(status(reports.rest().withBasicAuth("ben-thanh-staff", "ben-thanh-staff")
                .getForEntity("/api/staff/open311/clients", JsonNode.class))).isEqualTo("403 not-allowed");
        assertThat(reports.rest().postForEntity("/api/staff/open311/clients", Map.of("name", "x"), JsonNode.class)
                .getStatusCode().value()).isEqualTo(401);
        assertThat(status(admin.postForEntity("/api/staff/open311/clients", Map.of("name", name.toUpperCase()),
                JsonNode.class))).isEqualTo("409 client-name-taken");
        assertThat(status(admin.postForEntity("/api/staff/open311/clients", Map.of("name", " "), JsonNode.class)))
                .isEqualTo("400 validation-failed");

        Map<String, String> form = Open311Client.form(key, ReportClient.marker());
        assertThat(open311.post("requests.json", form).getStatusCode().value()).isEqualTo(201);
        ResponseEntity<JsonNode> revoked = admin.exchange("/api/staff/open311/clients/" + id, HttpMethod.DELETE,
                HttpEntity.EMPTY, JsonNode.class);
        assertThat(revoked.getBody().get("active").asBoolean()).isFalse();
        assertThat(revoked.getBody().get("revokedBy").asText()).isEqualTo("demo");
        assertThat(open311.error(open311.post("requests.json", form))).isEqualTo("403: Invalid api_key.");
        assertThat(status(admin.exchange("/api/staff/open311/clients/" + id, HttpMethod.DELETE, HttpEntity.EMPTY,
                JsonNode.class))).isEqualTo("409 client-already-revoked");
        assertThat(status(admin.exchange("/api/staff/open311/clients/999999", HttpMethod.DELETE, HttpEntity.EMPTY,
                JsonNode.class))).isEqualTo("404 client-not-found");
    }

    @Test
    void everyRefusedPostIsAnOpen311ErrorAndStoresNothing() {
        String marker = ReportClient.marker();
        Map<String, String> valid = Open311Client.form(apiKey, marker);
        long attachments = reports.attachmentRows();
        assertThat(refused("requests.json", without(valid, "api_key")))
                .startsWith("403: api_key is required");
        assertThat(refused("requests.json", with(valid, "api_key", "wrong"))).isEqualTo("403: Invalid api_key.");
        assertThat(Open311Client.xmlError(open311.post("requests.xml", with(valid, "api_key", "wrong"))))
                .isEqualTo("403: Invalid api_key.");
        assertThat(refused("requests.json", with(valid, "jurisdiction_id", "hanoi.gov.vn"))).startsWith("404: ");
        assertThat(refused("requests.json", without(valid, "service_code"))).startsWith("400: service_code is");
        assertThat(refused("requests.json", with(valid, "service_code", "parking")))
                .startsWith("400: service_code 'parking' is not a service");
        assertThat(refused("requests.json", without(without(valid, "lat", "long"), "address_string")))
                .startsWith("400: A location is required");
        assertThat(refused("requests.json", with(without(without(valid, "lat", "long"), "address_string"),
                "address_id", "123"))).startsWith("400: address_id is not supported");
        assertThat(refused("requests.json", without(valid, "long"))).startsWith("400: lat and long go together");
        assertThat(refused("requests.json", with(valid, "lat", "north"))).startsWith("400: lat must be a number");
        assertThat(refused("requests.json", with(valid, "lat", "91"))).startsWith("400: lat: must be less than");
        assertThat(refused("requests.json", with(valid, "description", "rác"))).startsWith("400: description is");
        assertThat(refused("requests.json", with(valid, "email", "not-an-address"))).startsWith("400: email:");
        assertThat(refused("requests.json", with(valid, "phone", "call me"))).startsWith("400: phone:");
        assertThat(refused("requests.json", with(valid, "attribute[colour]", "red")))
                .startsWith("400: Service garbage has no attribute 'colour'");
        Map<String, String> flooding = with(valid, "service_code", "flooding");
        assertThat(refused("requests.json", with(flooding, "attribute[water_depth]", "waist")))
                .startsWith("400: attribute[water_depth] must be one of [ankle, knee, above_knee]");
        assertThat(refused("requests.json", with(flooding, "attribute[water_depth][]", "knee")))
                .startsWith("400: Service flooding has no attribute 'water_depth' taking several values");
        assertThat(refused("requests.json", with(with(valid, "service_code", "water_supply"),
                "attribute[outage_hours]", "many"))).startsWith("400: attribute[outage_hours] must be a number");
        assertThat(refused("requests.json", with(valid, "media_url", "ftp://example.vn/a.png")))
                .startsWith("400: media_url must be an absolute http or https URL");
        assertThat(refused("requests.json", with(valid, "media_url", mediaUrl("/missing.png"))))
                .startsWith("400: media_url answered HTTP 404");
        assertThat(refused("requests.json", with(valid, "media_url", mediaUrl("/loop"))))
                .startsWith("400: media_url redirects more than 3 times");
        assertThat(refused("requests.json", with(valid, "media_url", mediaUrl("/big"))))
                .startsWith("413: The file at media_url has more than 65536 bytes");
        assertThat(refused("requests.json", with(valid, "media_url", mediaUrl("/declared-big"))))
                .startsWith("413: The file at media_url has more than 65536 bytes");
        assertThat(refused("requests.json", with(valid, "media_url", mediaUrl("/page.html"))))
                .startsWith("415: The file 'page.html' is text/html by its content");
        assertThat(refused("requests.json", with(valid, "media_url", mediaUrl("/slow"))))
                .startsWith("400: media_url did not deliver its file within 2 s");
        ResponseEntity<String> exe = open311.postMultipart("requests.json", valid, "a.png", "image/png",
                SampleFiles.windowsExecutable());
        assertThat(open311.error(exe)).startsWith("415: The file 'a.png' is");
        ResponseEntity<String> exeXml = open311.postMultipart("requests.xml", valid, "a.png", "image/png",
                SampleFiles.windowsExecutable());
        assertThat(Open311Client.xmlError(exeXml)).startsWith("415: The file 'a.png' is");

        assertThat(reports.reportsWith(marker)).as("no report stored").isZero();
        assertThat(reports.attachmentRows()).as("no file stored").isEqualTo(attachments);
    }

    String refused(String path, Map<String, String> form) {
        return open311.error(open311.post(path, form));
    }

    String refused(String path, Map<String, String> form, String idempotencyKey) {
        return open311.error(open311.post(path, form, idempotencyKey));
    }

    /** Issue 16, findings 7 and 12: control characters are refused, a retried request is stored once. */
    @Test
    void aRetryWithTheSameKeyIsStoredOnceAndControlCharactersAreRefused() {
        String marker = ReportClient.marker();
        Map<String, String> form = Open311Client.form(apiKey, marker);
        assertThat(refused("requests.json", with(form, "description", "Rác thải\u0000 ùn ứ ở đầu hẻm " + marker)))
                .startsWith("400: description holds a control character");
        assertThat(refused("requests.json", with(form, "description", "Rác\u200b\u200b\u200b\u200b\u200b\u200b"
                + "\u200b\u200b\u200b\u200b"))).startsWith("400: description is required");
        assertThat(reports.reportsWith(marker)).isZero();

        String key = java.util.UUID.randomUUID().toString();
        ResponseEntity<String> first = open311.post("requests.json", form, key);
        ResponseEntity<String> retry = open311.post("requests.json", form, key);
        assertThat(first.getStatusCode().value()).as(first.getBody()).isEqualTo(201);
        assertThat(retry.getStatusCode().value()).as(retry.getBody()).isEqualTo(201);
        JsonNode firstAnswer = open311.json(first).get(0);
        JsonNode retryAnswer = open311.json(retry).get(0);
        assertThat(retryAnswer.get("service_request_id")).isEqualTo(firstAnswer.get("service_request_id"));
        assertThat(retryAnswer.get("token")).as("the same token works for the follow-up")
                .isEqualTo(firstAnswer.get("token"));
        assertThat(reports.reportsWith(marker)).as("one report").isEqualTo(1);

        assertThat(refused("requests.json", with(form, "description", "Một phản ánh khác hẳn, ổ gà lớn " + marker),
                key)).startsWith("409: ");
        ResponseEntity<String> badKey = open311.post("requests.json", form, "khóa có dấu");
        assertThat(open311.error(badKey)).startsWith("400: The Idempotency-Key header");
        assertThat(reports.reportsWith(marker)).isEqualTo(1);
    }

    @Test
    void aPostIsAReportOfTheIntakeWithItsAnswersMediaAndToken() {
        String marker = ReportClient.marker();
        Map<String, String> form = with(with(Open311Client.form(apiKey, marker), "service_code", "flooding"),
                "attribute[water_depth]", "knee");
        form.put("media_url", mediaUrl("/moved"));
        ResponseEntity<String> created = open311.post("requests.json", form);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        JsonNode answer = open311.json(created).get(0);
        String code = answer.get("service_request_id").asText();
        assertThat(TrackingCodes.isWellFormed(code)).isTrue();
        assertThat(created.getHeaders().getLocation().toString()).isEqualTo("/open311/v2/requests/" + code + ".json");
        Map<String, Object> row = jdbc.queryForMap("select description, citizen_category, lat, lon, address, "
                + "reporter_name, reporter_email, reporter_phone, public_visible, language from report "
                + "where tracking_code = ?", code);
        assertThat((String) row.get("description")).endsWith("\n\nNước ngập sâu đến đâu? / How deep is the water?: "
                + "Đến đầu gối / Up to the knee");
        assertThat(row.get("citizen_category")).isEqualTo("flooding");
        assertThat(row.get("lat")).isEqualTo(10.7725);
        assertThat(row.get("lon")).isEqualTo(106.698);
        assertThat(row.get("address")).isEqualTo("Hẻm 12 Lê Lợi " + marker);
        assertThat(row.get("reporter_name")).isEqualTo("Văn A Nguyễn");
        assertThat(row.get("reporter_email")).isEqualTo(marker + "@example.vn");
        assertThat(row.get("reporter_phone")).isEqualTo("0901234567");
        assertThat(row.get("public_visible")).isEqualTo(true);
        assertThat(row.get("language")).isEqualTo("vi");
        long reportId = reports.reportId(code);
        assertThat(jdbc.queryForObject("select media_type from report_attachment where report_id = ?", String.class,
                reportId)).isEqualTo("image/png");
        assertThat(jdbc.queryForObject("select c.name from open311_request q join open311_client c on c.id = "
                + "q.client_id where q.report_id = ?", String.class, reportId)).startsWith("test app");

        String token = answer.get("token").asText();
        JsonNode byToken = open311.json(open311.get("tokens/" + token + ".json")).get(0);
        assertThat(byToken.get("service_request_id").asText()).isEqualTo(code);
        assertThat(Open311Client.xpath(open311.get("tokens/" + token + ".xml"),
                "/service_requests/request/service_request_id")).isEqualTo(code);

        // XML, multipart upload, English mails, address only
        Map<String, String> second = without(Open311Client.form(apiKey, marker), "lat", "long");
        second.put("locale", "en-GB");
        ResponseEntity<String> xml = open311.postMultipart("requests.xml", second, "photo.png", "image/png",
                SampleFiles.png());
        assertThat(xml.getStatusCode().value()).isEqualTo(201);
        String secondCode = Open311Client.xpath(xml, "/service_requests/request/service_request_id");
        assertThat(TrackingCodes.isWellFormed(secondCode)).isTrue();
        assertThat(Open311Client.xpath(xml, "/service_requests/request/token")).isNotBlank();
        assertThat(jdbc.queryForObject("select language from report where tracking_code = ?", String.class,
                secondCode)).isEqualTo("en");
        assertThat(jdbc.queryForObject("select count(*) from report_attachment where report_id = ?", Long.class,
                reports.reportId(secondCode))).isEqualTo(1);
        // the same intake: a process was started for each
        assertThat(jdbc.queryForObject("select count(*) from act_ru_execution where business_key_ in (?, ?) "
                + "and parent_id_ is null", Long.class, code, secondCode)).isEqualTo(2);
    }

    @Test
    void theReadsShowPublicReportsOnlyAndNoPersonalData() {
        String marker = ReportClient.marker();
        String code = open311.json(open311.post("requests.json", Open311Client.form(apiKey, marker))).get(0)
                .get("service_request_id").asText();
        Map<String, Object> hidden = ReportClient.report(marker);
        hidden.put("publicVisible", false);
        String hiddenCode = reports.postJson(hidden, null).getBody().get("trackingCode").asText();

        ResponseEntity<String> all = open311.get("requests.json?page_size=200");
        JsonNode mine = find(open311.json(all), "service_request_id", code);
        assertThat(mine.get("status").asText()).isEqualTo("open");
        assertThat(mine.get("status_notes").asText()).isEqualTo("Đã tiếp nhận, đang phân loại / Received, being sorted");
        assertThat(mine.get("requested_datetime").asText()).endsWith("+07:00");
        assertThat(mine.has("description")).as("nothing the citizen wrote before an answer").isFalse();
        for (ResponseEntity<String> read : new ResponseEntity[] {all, open311.get("requests.xml?page_size=200"),
                open311.get("requests/" + code + ".json"), open311.get("requests/" + code + ".xml"),
                open311.get("requests.json?service_request_id=" + code + "," + hiddenCode),
                open311.get("servicerequestupdates.json"), open311.get("servicerequestupdates.xml")}) {
            assertThat(read.getStatusCode().value()).isEqualTo(200);
            assertThat(read.getBody()).doesNotContain(marker, "Nguyễn", "0901234567", "Lê Lợi", "10.7725",
                    "106.698", hiddenCode);
        }
        assertThat(open311.json(open311.get("requests.json?service_request_id=" + code + "," + hiddenCode)))
                .hasSize(1);
        assertThat(open311.error(open311.get("requests/" + hiddenCode + ".json"))).startsWith("404:");
        assertThat(Open311Client.xmlError(open311.get("requests/" + hiddenCode + ".xml"))).startsWith("404:");

        assertThat(Open311Client.xpath(open311.get("requests/" + code.toLowerCase() + ".xml"),
                "/service_requests/request/status")).isEqualTo("open");
        assertThat(codes(open311.get("requests.json?status=closed&page_size=200"))).doesNotContain(code);
        assertThat(codes(open311.get("requests.json?status=open,closed&page_size=200"))).contains(code);
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        assertThat(codes(open311.get("requests.json?start_date=" + today + "&page_size=200"))).contains(code);
        assertThat(codes(open311.get("requests.json?end_date=2020-01-01T00:00:00Z"))).doesNotContain(code);
        assertThat(codes(open311.get("requests.json?service_code=flooding,trees&page_size=200")))
                .doesNotContain(code);
        String newer = open311.json(open311.post("requests.json", Open311Client.form(apiKey, marker))).get(0)
                .get("service_request_id").asText();
        JsonNode first = open311.json(open311.get("requests.json?page_size=1"));
        assertThat(first.get(0).get("service_request_id").asText()).as("newest first").isEqualTo(newer);
        JsonNode second = open311.json(open311.get("requests.json?page_size=1&page=2"));
        assertThat(first).hasSize(1);
        assertThat(second.get(0).get("service_request_id").asText()).isEqualTo(code);

        assertThat(open311.error(open311.get("requests.json?status=pending"))).startsWith("400: status must be");
        assertThat(open311.error(open311.get("requests.json?start_date=yesterday"))).startsWith("400: start_date");
        assertThat(open311.error(open311.get("requests.json?start_date=2026-01-01&end_date=2026-06-01")))
                .startsWith("400: start_date and end_date may be at most 90 days apart");
        assertThat(open311.error(open311.get("requests.json?start_date=2026-02-01&end_date=2026-01-01")))
                .startsWith("400: start_date must be before end_date");
        assertThat(open311.error(open311.get("requests.json?page_size=0"))).startsWith("400: page_size");
        assertThat(open311.error(open311.get("requests.json?page_size=201"))).startsWith("400: page_size");
        assertThat(open311.error(open311.get("requests.json?page=0"))).startsWith("400: page must");
        assertThat(open311.error(open311.get("requests.json?page=x"))).startsWith("400: page must be a whole");
        assertThat(open311.error(open311.get("requests.json?service_code=parking"))).startsWith("400: service_code");
        assertThat(Open311Client.xmlError(open311.get("servicerequestupdates.xml?end_date=nope")))
                .startsWith("400: end_date");
        assertThat(open311.error(open311.get("servicerequestupdates.json?start_date=2026-01-01&end_date=2026-12-01")))
                .startsWith("400: start_date and end_date may be at most 90 days apart");
    }

    java.util.List<String> codes(ResponseEntity<String> response) {
        java.util.List<String> codes = new java.util.ArrayList<>();
        open311.json(response).forEach(r -> codes.add(r.get("service_request_id").asText()));
        return codes;
    }

    static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (node.has(field) && node.get(field).asText().equals(value)) {
                return node;
            }
        }
        throw new AssertionError("no " + field + "=" + value + " in " + array);
    }

    static Map<String, String> with(Map<String, String> form, String name, String value) {
        Map<String, String> copy = new java.util.LinkedHashMap<>(form);
        copy.put(name, value);
        return copy;
    }

    static Map<String, String> without(Map<String, String> form, String... names) {
        Map<String, String> copy = new java.util.LinkedHashMap<>(form);
        for (String name : names) {
            copy.remove(name);
        }
        return copy;
    }

    static String status(ResponseEntity<JsonNode> response) {
        JsonNode type = response.getBody() == null ? null : response.getBody().get("type");
        return response.getStatusCode().value() + " " + (type == null ? "" : type.asText()
                .replace("urn:feedback:problem:", ""));
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static Map<String, String> map(String... pairs) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
