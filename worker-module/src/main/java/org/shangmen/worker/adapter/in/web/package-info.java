/** REST adapter: controllers and request/response records. */
package org.shangmen.worker.adapter.in.web;
