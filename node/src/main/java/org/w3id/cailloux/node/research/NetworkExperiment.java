package org.w3id.cailloux.node.research;

import java.util.Set;

/**
 * An experiment published somewhere in the network, as the researchers' pages list it.
 *
 * @param city        the node IRI of the city that publishes it (the named graph it came from)
 * @param cityName    the city's name
 * @param iri         the experiment's IRI
 * @param title       its French title
 * @param titleEn     its English title, empty when none
 * @param summary     its French summary, empty when none
 * @param start       its start date as published (a year or a date), null when none
 * @param level       its participation level's IRI, null when none
 * @param status      its status's IRI, null when none
 * @param themes      its themes' IRIs
 * @param pillars     its pillars' IRIs
 * @param devices     its devices' IRIs
 * @param text        title, summary and narratives, folded (lower case, no accents) for keyword search
 */
public record NetworkExperiment(String city, String cityName, String iri, String title, String titleEn, String summary,
                                String start, String level, String status,
                                Set<String> themes, Set<String> pillars, Set<String> devices, String text) {

    /** The same experiment under another name of its city. */
    public NetworkExperiment withCityName(String name) {
        return new NetworkExperiment(city, name, iri, title, titleEn, summary, start, level, status, themes, pillars, devices, text);
    }

    /** The start year, or null when no start date is published. */
    public Integer year() {
        if (start == null || start.length() < 4) {
            return null;
        }
        try {
            return Integer.parseInt(start.substring(0, 4));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whether it carries the concept {@code iri} as a theme, pillar, device, level or status. */
    public boolean has(String iri) {
        return themes.contains(iri) || pillars.contains(iri) || devices.contains(iri) || iri.equals(level) || iri.equals(status);
    }
}
