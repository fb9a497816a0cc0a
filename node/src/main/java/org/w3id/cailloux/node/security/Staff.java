package org.w3id.cailloux.node.security;

/** A signed-in staff member. */
public record Staff(String username, Role role) {}
