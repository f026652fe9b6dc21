package guide.actionplan;

import java.util.List;
import java.util.Map;

/**
 * The tool's interface text, from templates/messages.properties (a local edition may translate it). The
 * downloads, the form and its script all read it there; {@link #KEYS} are the ones they need.
 */
public record Texts(Map<String, String> messages) {

    public static final List<String> KEYS = List.of(
            "action-plan.completed", "action-plan.date.format", "action-plan.date.hint", "action-plan.questions",
            "action-plan.assessment", "action-plan.actions", "action-plan.row", "action-plan.priority.read",
            "action-plan.downloads.heading", "action-plan.download.xlsx", "action-plan.download.pdf",
            "action-plan.add-row", "action-plan.remove-row", "action-plan.no-script",
            "action-plan.save.heading", "action-plan.save.explain", "action-plan.save", "action-plan.saved",
            "action-plan.restored", "action-plan.delete", "action-plan.deleted", "action-plan.storage-unavailable",
            "action-plan.download-filled", "action-plan.download-save", "action-plan.load.label",
            "action-plan.load.hint", "action-plan.load.done", "action-plan.load.error", "action-plan.print",
            "action-plan.error.title", "action-plan.error.prefix", "action-plan.error.date", "action-plan.whole-plan",
            "action-plan.overview.heading", "action-plan.overview.hint", "action-plan.status.not-started",
            "action-plan.status.in-progress", "action-plan.status.done", "action-plan.back", "action-plan.next", "action-plan.save-failed",
            "action-plan.restore-error", "action-plan.load.too-big", "action-plan.load.too-many-rows",
            "action-plan.load.too-long", "action-plan.load.confirm", "action-plan.load.confirm-empty",
            "action-plan.load.replace", "action-plan.load.keep", "action-plan.load.kept", "action-plan.limit.rows",
            "action-plan.limit.characters");

    /** The text for {@code key}; the check has made sure every key in {@link #KEYS} is there. */
    public String get(String key) {
        String value = messages.get(key);
        if (value == null) throw new IllegalStateException("templates/messages.properties has no " + key);
        return value;
    }

    /** The text with {@code {n}} replaced. */
    public String get(String key, int n) {
        return get(key).replace("{n}", Integer.toString(n));
    }

    public List<String> missing() {
        return KEYS.stream().filter(k -> messages.get(k) == null || messages.get(k).isBlank()).toList();
    }
}
