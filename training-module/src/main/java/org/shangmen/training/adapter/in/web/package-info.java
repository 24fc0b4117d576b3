/** REST adapter: controllers and request/response records. */
package org.shangmen.training.adapter.in.web;
