/** REST adapter: controllers and request/response records. */
package org.shangmen.admin.adapter.in.web;
