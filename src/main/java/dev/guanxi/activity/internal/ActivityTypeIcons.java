package dev.guanxi.activity.internal;

/** The Bootstrap icon shown for each activity type. */
public final class ActivityTypeIcons {

    private ActivityTypeIcons() {
    }

    public static String of(String type) {
        return switch (type == null ? "" : type) {
            case "call_outbound" -> "telephone-outbound";
            case "call_inbound" -> "telephone-inbound";
            case "meeting" -> "people";
            case "appointment" -> "person-badge";
            case "correspondence" -> "envelope";
            case "fax_outbound" -> "printer";
            case "presentation" -> "easel";
            case "demonstration" -> "display";
            case "milestone" -> "flag";
            case "event" -> "calendar-event";
            case "research" -> "search";
            default -> "check2-square";
        };
    }
}
