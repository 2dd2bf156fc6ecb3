package dev.guanxi.activity.web;

import org.springframework.stereotype.Component;

/** The icon of each activity type, for templates: {@code ${@activityIcons.of(type)}}. */
@Component("activityIcons")
class ActivityIcons {

    public String of(String type) {
        return dev.guanxi.activity.internal.ActivityTypeIcons.of(type);
    }
}
