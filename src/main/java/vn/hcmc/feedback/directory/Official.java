package vn.hcmc.feedback.directory;

import java.util.List;

/** An official as listed in an officials file: the unit they work for, whether they lead it, further groups. */
public record Official(String id, String firstName, String lastName, String email, String unit, boolean leader,
                       List<String> groups) {

    public Official {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    /** Every Camunda group the official belongs to. */
    public List<String> allGroups() {
        var all = new java.util.ArrayList<String>();
        if (unit != null) {
            all.add(Unit.staffGroupOf(unit));
            if (leader) {
                all.add(Unit.leadersGroupOf(unit));
            }
        }
        all.addAll(groups);
        return all;
    }
}
