package org.w3id.cailloux.node.publishing;

/** A valid experiment in the JSON form, shared by the publishing tests. */
public final class PublishingApiTestData {

    /** Shared gardens: every required field and a few optional ones. */
    public static final String GARDENS = """
            {"slug": "jardins-partages",
             "title": {"fr": "Jardins partagés", "en": "Shared gardens"},
             "summary": {"fr": "Des jardins cultivés ensemble par les habitants du quartier."},
             "status": "running",
             "pillars": ["citizen-involvement"],
             "themes": ["food-system", "biodiversity"],
             "participationLevel": "co-construction",
             "devices": ["festive-gatherings"],
             "startDate": "2021-04",
             "milestones": [{"id": "milestone-1", "title": {"fr": "Première récolte", "en": "First harvest"}, "date": "2021-09"}]}
            """;

    private PublishingApiTestData() {}
}
