package vn.hcmc.feedback.directory;

import java.util.List;

/** The city-wide Camunda groups, besides each unit's unit-&lt;code&gt; and unit-&lt;code&gt;-leaders. */
public final class CityGroups {

    public static final String TRIAGE_DESK = "triage-desk";
    public static final String CITY_INSPECTORATE = "city-inspectorate";
    public static final String CAMPAIGN_OWNERS = "campaign-owners";
    public static final String CITY_LEADERS = "city-leaders";
    public static final String MANAGERS = "managers";
    /** Run the engine: read everything as managers do, and retry failed jobs (incidents) in Cockpit. */
    public static final String OPERATORS = "operators";
    /** Camunda's own administrators' group, made by the starter's admin-user. */
    public static final String CAMUNDA_ADMIN = "camunda-admin";

    public record CityGroup(String id, String name) {
    }

    public static final List<CityGroup> ALL = List.of(
            new CityGroup(TRIAGE_DESK, "Tổ tiếp nhận, phân loại phản ánh / Triage desk"),
            new CityGroup(CITY_INSPECTORATE, "Thanh tra Thành phố / City inspectorate"),
            new CityGroup(CAMPAIGN_OWNERS, "Phụ trách chiến dịch / Campaign owners"),
            new CityGroup(CITY_LEADERS, "Lãnh đạo Thành phố / City leaders"),
            new CityGroup(MANAGERS, "Quản lý, giám sát / Managers"),
            new CityGroup(OPERATORS, "Vận hành hệ thống / Operators"));

    private CityGroups() {
    }
}
