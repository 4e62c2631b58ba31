// axios with its defaults: redirects followed (follow-redirects), a status outside 2xx rejected as an AxiosError.
import axios from "axios";
import { errorName, run } from "./probe_common.mjs";

await run(axios.VERSION, () => ({
  async send(method, url, headers, body) {
    try {
      const response = await axios.request({ method, url, headers, data: body, responseType: "arraybuffer" });
      return { status: response.status, body: Buffer.from(response.data) };
    } catch (error) {
      // the caller is given the error, and with it the response when there was one
      if (!error.response) throw error;
      return { status: error.response.status, body: Buffer.from(error.response.data ?? []), error: errorName(error) };
    }
  },
}));
