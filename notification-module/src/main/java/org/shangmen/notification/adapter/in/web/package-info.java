/** REST adapter: controllers and request/response records. */
package org.shangmen.notification.adapter.in.web;
