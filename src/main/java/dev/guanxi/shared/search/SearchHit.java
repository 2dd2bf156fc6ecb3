package dev.guanxi.shared.search;

import java.util.UUID;

/** One record found by the global search box: its kind (a message key), title, a detail line and link. */
public record SearchHit(String kindKey, UUID id, String title, String detail, String url) {
}
