/** Outgoing adapters of the worker module: persistence, document storage, images and face verification. */
package org.shangmen.worker.adapter.out;
