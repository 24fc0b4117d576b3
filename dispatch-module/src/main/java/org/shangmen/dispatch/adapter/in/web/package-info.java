/** REST adapter: controllers and request/response records. */
package org.shangmen.dispatch.adapter.in.web;
