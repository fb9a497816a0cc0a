package org.w3id.cailloux.node.publishing;

import java.util.List;

/** What listing and full-text search need from a record: its title, status, themes and text. */
public record SearchFields(String title, String status, List<String> themes, String text) {}
