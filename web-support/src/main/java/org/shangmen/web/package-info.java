/**
 * What every module's web adapter shows the same way: {@link org.shangmen.web.WebViews} gives a
 * MapStruct view mapper a code's label from the message bundles ({@code label.<key>}) in the caller's
 * language and an instant in the city's offset. A shared module: every application module's
 * {@code adapter.in.web} may use it; it holds no module's codes or views.
 */
package org.shangmen.web;
