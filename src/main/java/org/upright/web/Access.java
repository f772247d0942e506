package org.upright.web;

import io.javalin.security.RouteRole;

/**
 * Who may call a route: {@link #OPEN} anyone (sign-in, health, style sheets), {@link #READ} anyone when the public
 * view is on and else any signed-in account, {@link #VIEWER} any signed-in account, {@link #EDITOR} editors and
 * admins, {@link #ADMIN} admins. {@link Guard} enforces it before the handler runs.
 */
enum Access implements RouteRole {
    OPEN, READ, VIEWER, EDITOR, ADMIN
}
