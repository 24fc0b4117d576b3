/** REST adapter: controllers and request/response records. */
package org.shangmen.identity.adapter.in.web;
